-- The benchmark's source tables (see docs/BENCHMARKS.md). bench/run.ts fills them:
-- 10,000 customers over 8 regions, 1,000,000 orders (100,000 with --quick).
CREATE TABLE customers (
    id      int PRIMARY KEY,
    name    text,
    region  text
);

CREATE TABLE orders (
    id           bigint PRIMARY KEY,
    customer_id  int NOT NULL,
    amount       numeric(10,2),
    status       text,
    created_at   timestamp
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
