-- The query is a dollar-quoted string after non-ASCII text: positions still point into this file.
SELECT pgtrickle.create_stream_table('régions', $$
    SELECT c.region, o.amount   -- « montant »
      FROM customers c
     RIGHT OUTER JOIN (orders o JOIN customers d ON d.id = o.customer_id) ON o.customer_id = c.id
$$);
