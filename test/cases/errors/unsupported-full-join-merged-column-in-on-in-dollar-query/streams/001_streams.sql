-- The query is a dollar-quoted string after non-ASCII text: positions still point into this file.
SELECT pgtrickle.create_stream_table('régions', $$
    SELECT c.region, o.amount   -- « montant »
      FROM orders o
     FULL OUTER JOIN customers c USING (id) JOIN (SELECT name AS cname FROM customers) AS n ON n.cname = c.name AND id > 0
$$);
