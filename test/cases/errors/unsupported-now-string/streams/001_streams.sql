-- 'now' read as a timestamp is the time of each refresh (as text, 'now'::text, it is fine).
CREATE MATERIALIZED VIEW orders_of_the_day AS
SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id
 WHERE c.name <> 'now'::text AND o.created_at > 'now'::timestamp - interval '1 day';
