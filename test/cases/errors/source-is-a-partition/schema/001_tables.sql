CREATE TABLE measurements (id bigint, taken date, value numeric) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
