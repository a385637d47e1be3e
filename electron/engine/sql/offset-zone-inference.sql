-- Purpose: for a naive source no single offset fits (its wall clock spans a daylight-saving change, so its
--          references split between two offsets an hour apart), how many shared references each candidate zone
--          explains: the zone's wall clock at the aware instant, rounded to 15 minutes, equals the naive reading.
--          Needs temp.offset_pairs (offset-pairs.sql).
-- Params: $zones VARCHAR[] candidate IANA zones.
-- Returns: one row per candidate zone: zone, matches INTEGER (references with a time on both sides), agreeing
--          INTEGER, spread_minutes DOUBLE (largest minus smallest lag among those agreeing); most agreeing first.
WITH lags AS (
    SELECT z.zone, (epoch(p.wall) - epoch(timezone(z.zone, p.instant))) / 60 AS lag
    FROM offset_pairs p
    CROSS JOIN (SELECT unnest($zones::VARCHAR[]) AS zone) z
)
SELECT zone,
       CAST((SELECT count(*) FROM offset_pairs) AS INTEGER) AS matches,
       CAST(count(*) FILTER (WHERE round(lag / 15) = 0) AS INTEGER) AS agreeing,
       round(coalesce(max(lag) FILTER (WHERE round(lag / 15) = 0) - min(lag) FILTER (WHERE round(lag / 15) = 0), 0), 2)
           AS spread_minutes
FROM lags
GROUP BY zone
ORDER BY agreeing DESC, zone;
