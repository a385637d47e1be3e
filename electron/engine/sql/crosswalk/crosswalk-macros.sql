-- Purpose: the forms and orders the crosswalk compares identities by (persistent macros, recreated when a case opens
--          and before every inference).
-- Params: none.
-- Returns: nothing. ds_unpadded(t): every run of leading zeros in a number dropped ('SKU-00123' -> 'SKU-123',
--          '007' -> '7'); ds_sku_form(t): a SKU compared without surrounding whitespace, case or leading zeros;
--          ds_location_rank(system) / ds_sku_rank(system): which system's spelling names a matched identity first
--          (a location by the WMS's name, as the drift table shows it; a SKU by the ERP's, the item master; the
--          middleware, which relays the others' spellings, last).
CREATE OR REPLACE MACRO ds_unpadded(t) AS regexp_replace(t, '(^|[^0-9])0+([0-9])', '\1\2', 'g');

CREATE OR REPLACE MACRO ds_sku_form(t) AS ds_unpadded(upper(trim(t)));

CREATE OR REPLACE MACRO ds_location_rank(system) AS
    CASE system WHEN 'wms' THEN 1 WHEN 'erp' THEN 2 WHEN 'storefront' THEN 3 WHEN 'middleware' THEN 5 ELSE 4 END;

CREATE OR REPLACE MACRO ds_sku_rank(system) AS
    CASE system WHEN 'erp' THEN 1 WHEN 'wms' THEN 2 WHEN 'storefront' THEN 3 WHEN 'middleware' THEN 5 ELSE 4 END;
