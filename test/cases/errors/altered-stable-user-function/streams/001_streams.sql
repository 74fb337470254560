CREATE MATERIALIZED VIEW eur AS SELECT id, to_eur(cur, amount) AS eur FROM payments;
