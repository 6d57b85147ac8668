-- A schema-version-1 workshop written by hand: the tables and columns as version 1 defines them
-- (CHECK constraints and indexes left out; reading does not depend on them). Rows are inserted
-- out of order on purpose. Opening it must give handWrittenWorkshop() of tst_store.cpp.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE maps (id INTEGER PRIMARY KEY, ord INTEGER NOT NULL, name TEXT NOT NULL UNIQUE, state TEXT NOT NULL CHECK (state IN ('current', 'future')), baseline TEXT, working_day_hours REAL NOT NULL, coordination_max_teams INTEGER NOT NULL, shared_service_min_streams INTEGER NOT NULL, team_size_min INTEGER NOT NULL, team_size_max INTEGER NOT NULL) STRICT;
CREATE TABLE teams (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER, color TEXT, PRIMARY KEY (map, id)) STRICT;
CREATE TABLE slices (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, outcome TEXT, PRIMARY KEY (map, id)) STRICT;
CREATE TABLE steps (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (map, id)) STRICT;
CREATE TABLE cells (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, slice TEXT NOT NULL, step TEXT NOT NULL, ord INTEGER NOT NULL, intent TEXT, value TEXT, outcome TEXT, metric TEXT, divergent INTEGER NOT NULL, PRIMARY KEY (map, slice, step), FOREIGN KEY (map, slice) REFERENCES slices (map, id) DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (map, step) REFERENCES steps (map, id) DEFERRABLE INITIALLY DEFERRED) STRICT;
CREATE TABLE streams (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, owner TEXT, slice TEXT, card_for TEXT, card_trigger TEXT, card_finish_line TEXT, card_outcome TEXT, card_north_star TEXT, card_supporting_metrics TEXT, card_revenue_streams TEXT, card_policies TEXT, card_owns TEXT, card_relies_on TEXT, card_capabilities TEXT, card_interfaces TEXT, card_risks TEXT, color TEXT, period_days REAL NOT NULL, done_features INTEGER NOT NULL, done_defects INTEGER NOT NULL, done_risks INTEGER NOT NULL, done_debt INTEGER NOT NULL, in_progress_features INTEGER NOT NULL, in_progress_defects INTEGER NOT NULL, in_progress_risks INTEGER NOT NULL, in_progress_debt INTEGER NOT NULL, PRIMARY KEY (map, id), FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (map, slice) REFERENCES slices (map, id) DEFERRABLE INITIALLY DEFERRED) STRICT;
CREATE TABLE stages (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, stream TEXT, step TEXT, name TEXT NOT NULL, owner TEXT, process_time REAL NOT NULL, lead_time REAL NOT NULL, pct_ca REAL NOT NULL, x REAL, y REAL, PRIMARY KEY (map, id), FOREIGN KEY (map, stream) REFERENCES streams (map, id) DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (map, step) REFERENCES steps (map, id) DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED) STRICT;
CREATE TABLE flows (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, from_id TEXT, to_id TEXT, kind TEXT NOT NULL, PRIMARY KEY (map, id), FOREIGN KEY (map, from_id) REFERENCES stages (map, id) DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (map, to_id) REFERENCES stages (map, id) DEFERRABLE INITIALLY DEFERRED) STRICT;
CREATE TABLE capabilities (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, owner TEXT, sla TEXT, provided_by TEXT, PRIMARY KEY (map, id), FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (map, provided_by) REFERENCES streams (map, id) DEFERRABLE INITIALLY DEFERRED) STRICT;
CREATE TABLE dependencies (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, from_id TEXT, to_id TEXT, PRIMARY KEY (map, id)) STRICT;
CREATE TABLE notes (map INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, color TEXT, x REAL, y REAL, PRIMARY KEY (map, id)) STRICT;
INSERT INTO meta VALUES ('application', 'Streamboard');
INSERT INTO maps VALUES (7, 1, 'Later', 'future', 'Now', 24.0, 2, 3, 2, 9);
INSERT INTO maps VALUES (3, 0, 'Now', 'current', NULL, 8.0, 3, 4, 1, 10);
INSERT INTO teams VALUES (3, 'pay', 1, 'Payments', 'platform', NULL, NULL);
INSERT INTO teams VALUES (3, 'web', 0, 'Web shop', 'stream-aligned', 5, '#112233');
INSERT INTO slices VALUES (3, 'buyers', 0, 'Buyers', 'We win when buyers return');
INSERT INTO steps VALUES (3, 'order', 0, 'Order');
INSERT INTO cells VALUES (3, 'buyers', 'order', 0, 'Buy fast', NULL, NULL, 'Orders per day', 1);
INSERT INTO streams VALUES (3, 'shop', 0, 'Shop', 'customer', 'web', 'buyers', NULL, 'Basket filled', NULL, NULL, 'Repeat orders', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Card fraud', '#aabbcc', 7.0, 1, 2, 3, 4, 5, 6, 7, 8);
INSERT INTO stages VALUES (3, 'pick', 1, 'shop', NULL, 'Pick', 'pay', 60.0, 120.0, 90.0, NULL, NULL);
INSERT INTO stages VALUES (3, 'cart', 0, 'shop', 'order', 'Cart', 'web', 30.0, 600.0, 75.0, 12.5, -4.0);
INSERT INTO flows VALUES (3, 'f1', 0, 'cart', 'pick', 'pull');
INSERT INTO capabilities VALUES (3, 'ledger', 0, 'Ledger', 'pay', '99.5%', NULL);
INSERT INTO dependencies VALUES (3, 'd1', 0, 'pick', 'ledger');
INSERT INTO notes VALUES (3, 'n1', 0, 'Slow approvals', 'kaizen', '#ff0000', 100.0, 200.0);
INSERT INTO steps VALUES (7, 'order', 0, 'Order online');
PRAGMA user_version = 1;
