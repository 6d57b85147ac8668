#include "sqlite_schema.h"

#include "sqlite_errors.h"
#include "sqlite_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sb::sqlite {

namespace {

// Added by schema version 2, so shared with its migration.
constexpr const char* actionsTable = R"(CREATE TABLE actions (
    map      INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    ord      INTEGER NOT NULL,
    title    TEXT NOT NULL,
    owner    TEXT,
    due      TEXT CHECK (due IS date(due)),
    status   TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    note     TEXT,
    links    TEXT,
    findings TEXT,
    PRIMARY KEY (map, id),
    FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED
) STRICT)";
constexpr const char* actionsOwnerIndex = "CREATE INDEX actions_owner ON actions (map, owner)";

// Added by schema version 3: a stream's work items and the choices they were imported with.
// Lists and maps are JSON text; an item's dates are ISO 8601 texts (null when it skipped or has
// not reached the state), one per state of its stream's setup, in that order.
constexpr const char* workItemSetupsTable = R"(CREATE TABLE work_item_setups (
    map         INTEGER NOT NULL,
    stream      TEXT NOT NULL,
    states      TEXT NOT NULL,
    active      TEXT NOT NULL,
    start       TEXT,
    type_column TEXT,
    types       TEXT NOT NULL,
    stages      TEXT NOT NULL,
    PRIMARY KEY (map, stream),
    FOREIGN KEY (map, stream) REFERENCES streams (map, id) ON DELETE CASCADE
) STRICT)";
constexpr const char* workItemsTable = R"(CREATE TABLE work_items (
    map     INTEGER NOT NULL,
    stream  TEXT NOT NULL,
    ord     INTEGER NOT NULL,
    id      TEXT NOT NULL,
    name    TEXT,
    link    TEXT,
    type    TEXT,
    kind    TEXT NOT NULL CHECK (kind IN ('features', 'defects', 'risks', 'debt')),
    entered TEXT NOT NULL,
    PRIMARY KEY (map, stream, id),
    FOREIGN KEY (map, stream) REFERENCES work_item_setups (map, stream) ON DELETE CASCADE
) STRICT)";

// Element tables share a shape: (map, id) is the key, ord is the position in the map's list.
// References to other elements are composite keys (map, id) checked at commit; NULL means none.
constexpr const char* schemaSql[] = {
    R"(CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT)",
    R"(CREATE TABLE maps (
    id                         INTEGER PRIMARY KEY,
    ord                        INTEGER NOT NULL,
    name                       TEXT NOT NULL UNIQUE,
    state                      TEXT NOT NULL CHECK (state IN ('current', 'future')),
    baseline                   TEXT,
    working_day_hours          REAL NOT NULL,
    coordination_max_teams     INTEGER NOT NULL,
    shared_service_min_streams INTEGER NOT NULL,
    team_size_min              INTEGER NOT NULL,
    team_size_max              INTEGER NOT NULL,
    roles                      TEXT NOT NULL
                               DEFAULT '["Product","Engineering","Design","QA","Operations","Customer success"]',
    required_roles             TEXT NOT NULL
                               DEFAULT '["Product","Engineering"]',
    timeboxes                  TEXT,
    no_material_divergence     INTEGER NOT NULL CHECK (no_material_divergence IN (0, 1))
                               DEFAULT 0
) STRICT)",
    R"(CREATE TABLE teams (
    map   INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id    TEXT NOT NULL,
    ord   INTEGER NOT NULL,
    name  TEXT NOT NULL,
    type  TEXT NOT NULL
          CHECK (type IN ('stream-aligned', 'platform', 'enabling', 'complicated-subsystem')),
    size  INTEGER,
    color TEXT CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    roles TEXT,
    PRIMARY KEY (map, id)
) STRICT)",
    R"(CREATE TABLE slices (
    map     INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id      TEXT NOT NULL,
    ord     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    outcome TEXT,
    PRIMARY KEY (map, id)
) STRICT)",
    R"(CREATE TABLE steps (
    map  INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id   TEXT NOT NULL,
    ord  INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (map, id)
) STRICT)",
    R"(CREATE TABLE cells (
    map       INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    slice     TEXT NOT NULL,
    step      TEXT NOT NULL,
    ord       INTEGER NOT NULL,
    intent    TEXT,
    value     TEXT,
    outcome   TEXT,
    metric    TEXT,
    divergent INTEGER NOT NULL CHECK (divergent IN (0, 1)),
    PRIMARY KEY (map, slice, step),
    FOREIGN KEY (map, slice) REFERENCES slices (map, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (map, step) REFERENCES steps (map, id) DEFERRABLE INITIALLY DEFERRED
) STRICT)",
    R"(CREATE TABLE streams (
    map                     INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id                      TEXT NOT NULL,
    ord                     INTEGER NOT NULL,
    name                    TEXT NOT NULL,
    kind                    TEXT NOT NULL CHECK (kind IN ('customer', 'supporting')),
    owner                   TEXT,
    slice                   TEXT,
    card_for                TEXT,
    card_trigger            TEXT,
    card_finish_line        TEXT,
    card_outcome            TEXT,
    card_north_star         TEXT,
    card_supporting_metrics TEXT,
    card_revenue_streams    TEXT,
    card_policies           TEXT,
    card_owns               TEXT,
    card_relies_on          TEXT,
    card_capabilities       TEXT,
    card_interfaces         TEXT,
    card_risks              TEXT,
    color                   TEXT
                            CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    period_days             REAL NOT NULL,
    done_features           INTEGER NOT NULL,
    done_defects            INTEGER NOT NULL,
    done_risks              INTEGER NOT NULL,
    done_debt               INTEGER NOT NULL,
    in_progress_features    INTEGER NOT NULL,
    in_progress_defects     INTEGER NOT NULL,
    in_progress_risks       INTEGER NOT NULL,
    in_progress_debt        INTEGER NOT NULL,
    criteria                TEXT,
    PRIMARY KEY (map, id),
    FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (map, slice) REFERENCES slices (map, id) DEFERRABLE INITIALLY DEFERRED
) STRICT)",
    R"(CREATE TABLE stages (
    map          INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    stream       TEXT,
    step         TEXT,
    name         TEXT NOT NULL,
    owner        TEXT,
    process_time REAL NOT NULL,
    lead_time    REAL NOT NULL,
    pct_ca       REAL NOT NULL,
    x            REAL,
    y            REAL,
    CHECK ((x IS NULL) = (y IS NULL)),
    PRIMARY KEY (map, id),
    FOREIGN KEY (map, stream) REFERENCES streams (map, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (map, step) REFERENCES steps (map, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED
) STRICT)",
    R"(CREATE TABLE flows (
    map     INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id      TEXT NOT NULL,
    ord     INTEGER NOT NULL,
    from_id TEXT,
    to_id   TEXT,
    kind    TEXT NOT NULL CHECK (kind IN ('push', 'pull', 'rework')),
    PRIMARY KEY (map, id),
    FOREIGN KEY (map, from_id) REFERENCES stages (map, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (map, to_id) REFERENCES stages (map, id) DEFERRABLE INITIALLY DEFERRED
) STRICT)",
    R"(CREATE TABLE capabilities (
    map         INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    owner       TEXT,
    sla         TEXT,
    provided_by TEXT,
    PRIMARY KEY (map, id),
    FOREIGN KEY (map, owner) REFERENCES teams (map, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (map, provided_by) REFERENCES streams (map, id) DEFERRABLE INITIALLY DEFERRED
) STRICT)",
    R"(CREATE TABLE dependencies (
    map     INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id      TEXT NOT NULL,
    ord     INTEGER NOT NULL,
    from_id TEXT,
    to_id   TEXT,
    PRIMARY KEY (map, id)
) STRICT)",
    R"(CREATE TABLE notes (
    map   INTEGER NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    id    TEXT NOT NULL,
    ord   INTEGER NOT NULL,
    text  TEXT NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('sticky', 'kaizen')),
    color TEXT CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    x     REAL,
    y     REAL,
    CHECK ((x IS NULL) = (y IS NULL)),
    PRIMARY KEY (map, id)
) STRICT)",
    actionsTable,
    // Child-side indexes: deleting a team, stage or map must not scan whole tables.
    "CREATE INDEX cells_step ON cells (map, step)",
    "CREATE INDEX streams_owner ON streams (map, owner)",
    "CREATE INDEX streams_slice ON streams (map, slice)",
    "CREATE INDEX stages_stream ON stages (map, stream)",
    "CREATE INDEX stages_step ON stages (map, step)",
    "CREATE INDEX stages_owner ON stages (map, owner)",
    "CREATE INDEX flows_from ON flows (map, from_id)",
    "CREATE INDEX flows_to ON flows (map, to_id)",
    "CREATE INDEX capabilities_owner ON capabilities (map, owner)",
    "CREATE INDEX capabilities_provided_by ON capabilities (map, provided_by)",
    actionsOwnerIndex,
    workItemSetupsTable,
    workItemsTable,
};

} // namespace

QStringList upgradeToVersion2() {
    return {QStringLiteral("ALTER TABLE maps ADD COLUMN roles TEXT NOT NULL DEFAULT "
                           "'[\"Product\",\"Engineering\",\"Design\","
                           "\"QA\",\"Operations\",\"Customer success\"]'"),
            QStringLiteral("ALTER TABLE maps ADD COLUMN required_roles TEXT NOT NULL DEFAULT "
                           "'[\"Product\",\"Engineering\"]'"),
            QStringLiteral("ALTER TABLE maps ADD COLUMN timeboxes TEXT"),
            QStringLiteral("ALTER TABLE maps ADD COLUMN no_material_divergence INTEGER NOT NULL "
                           "CHECK (no_material_divergence IN (0, 1)) DEFAULT 0"),
            QStringLiteral("ALTER TABLE teams ADD COLUMN roles TEXT"),
            QStringLiteral("ALTER TABLE streams ADD COLUMN criteria TEXT"),
            QString::fromUtf8(actionsTable),
            QString::fromUtf8(actionsOwnerIndex)};
}

QStringList upgradeToVersion3() {
    return {QString::fromUtf8(workItemSetupsTable), QString::fromUtf8(workItemsTable)};
}

const QStringList& schemaStatements() {
    static const QStringList statements = [] {
        QStringList list;
        for (const char* sql : schemaSql)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

QStringList requiredTables(int version) {
    QStringList tables = {
        QStringLiteral("meta"),         QStringLiteral("maps"),         QStringLiteral("teams"),
        QStringLiteral("slices"),       QStringLiteral("steps"),        QStringLiteral("cells"),
        QStringLiteral("streams"),      QStringLiteral("stages"),       QStringLiteral("flows"),
        QStringLiteral("capabilities"), QStringLiteral("dependencies"), QStringLiteral("notes")};
    if (version >= 2)
        tables.append(QStringLiteral("actions"));
    if (version >= 3)
        tables.append({QStringLiteral("work_item_setups"), QStringLiteral("work_items")});
    return tables;
}

QString applicationIdStatement() {
    return QStringLiteral("PRAGMA application_id = %1").arg(SqliteStore::applicationId);
}

bool markAsWorkshop(QSqlDatabase& db, QString* error) {
    QSqlQuery query(db);
    if (query.exec(applicationIdStatement()))
        return true;
    *error = describe(query.lastError());
    return false;
}

bool createSchema(QSqlDatabase& db, QString* error) {
    QSqlQuery query(db);
    QStringList statements = schemaStatements();
    statements.append(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                     "('application', 'Streamboard'), ('created_by', '%1')")
                          .arg(QStringLiteral(STREAMBOARD_VERSION)));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(SqliteStore::schemaVersion));
    statements.append(applicationIdStatement());
    for (const QString& sql : std::as_const(statements)) {
        if (!query.exec(sql)) {
            *error = describe(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace sb::sqlite
