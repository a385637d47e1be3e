-- Purpose: drop the working tables of the noise summary once its tables are written.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS noise_profile;

DROP TABLE IF EXISTS noise_repeated;

DROP TABLE IF EXISTS noise_failures;
