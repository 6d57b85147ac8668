#include "pg_schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sb::pg {

namespace {

struct PgSchemaTr {
    Q_DECLARE_TR_FUNCTIONS(sb::pg::Schema)
};

// The file's tables with the workshop in front of every key. Element tables share a shape:
// (workshop, map, id) is the key, ord the position in the map's list, revision counts the writes
// of the row (1 when inserted); references to other elements are composite keys checked at
// commit, so they never reach into another workshop; NULL means none. Flags are booleans, dates
// dates; lists and objects stay JSON text as in the file. Deleting a workshop deletes its maps,
// and a map its elements.
constexpr const char* pgSchemaSql[] = {
    R"(CREATE TABLE streamboard_schema_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  integer NOT NULL
))",
    // last_map_uid: the largest map uid handed out (Store::nextMapUid).
    R"(CREATE TABLE workshops (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL UNIQUE CHECK (name <> ''),
    last_map_uid bigint NOT NULL DEFAULT 0
))",
    R"(CREATE TABLE meta (
    workshop bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    key      text NOT NULL,
    value    text NOT NULL,
    PRIMARY KEY (workshop, key)
))",
    R"(CREATE TABLE maps (
    workshop                   bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    id                         bigint NOT NULL,
    ord                        bigint NOT NULL,
    revision                   bigint NOT NULL DEFAULT 1,
    name                       text NOT NULL,
    state                      text NOT NULL CHECK (state IN ('current', 'future')),
    baseline                   text,
    working_day_hours          double precision NOT NULL,
    coordination_max_teams     bigint NOT NULL,
    shared_service_min_streams bigint NOT NULL,
    team_size_min              bigint NOT NULL,
    team_size_max              bigint NOT NULL,
    roles                      text NOT NULL
                               DEFAULT '["Product","Engineering","Design","QA","Operations","Customer success"]',
    required_roles             text NOT NULL DEFAULT '["Product","Engineering"]',
    timeboxes                  text,
    no_material_divergence     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (workshop, id),
    UNIQUE (workshop, name)
))",
    R"(CREATE TABLE teams (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    name     text NOT NULL,
    type     text NOT NULL
             CHECK (type IN ('stream-aligned', 'platform', 'enabling', 'complicated-subsystem')),
    size     bigint,
    color    text CHECK (color ~ '^#[0-9a-f]{6}$'),
    roles    text,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE
))",
    R"(CREATE TABLE slices (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    name     text NOT NULL,
    outcome  text,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE
))",
    R"(CREATE TABLE steps (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    name     text NOT NULL,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE
))",
    R"(CREATE TABLE cells (
    workshop  bigint NOT NULL,
    map       bigint NOT NULL,
    slice     text NOT NULL,
    step      text NOT NULL,
    ord       bigint NOT NULL,
    revision  bigint NOT NULL DEFAULT 1,
    intent    text,
    value     text,
    outcome   text,
    metric    text,
    divergent boolean NOT NULL,
    PRIMARY KEY (workshop, map, slice, step),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop, map, slice) REFERENCES slices (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (workshop, map, step) REFERENCES steps (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED
))",
    R"(CREATE TABLE streams (
    workshop                bigint NOT NULL,
    map                     bigint NOT NULL,
    id                      text NOT NULL,
    ord                     bigint NOT NULL,
    revision                bigint NOT NULL DEFAULT 1,
    name                    text NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('customer', 'supporting')),
    owner                   text,
    slice                   text,
    card_for                text,
    card_trigger            text,
    card_finish_line        text,
    card_outcome            text,
    card_north_star         text,
    card_supporting_metrics text,
    card_revenue_streams    text,
    card_policies           text,
    card_owns               text,
    card_relies_on          text,
    card_capabilities       text,
    card_interfaces         text,
    card_risks              text,
    color                   text CHECK (color ~ '^#[0-9a-f]{6}$'),
    period_days             double precision NOT NULL,
    done_features           bigint NOT NULL,
    done_defects            bigint NOT NULL,
    done_risks              bigint NOT NULL,
    done_debt               bigint NOT NULL,
    in_progress_features    bigint NOT NULL,
    in_progress_defects     bigint NOT NULL,
    in_progress_risks       bigint NOT NULL,
    in_progress_debt        bigint NOT NULL,
    criteria                text,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop, map, owner) REFERENCES teams (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (workshop, map, slice) REFERENCES slices (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED
))",
    R"(CREATE TABLE stages (
    workshop     bigint NOT NULL,
    map          bigint NOT NULL,
    id           text NOT NULL,
    ord          bigint NOT NULL,
    revision     bigint NOT NULL DEFAULT 1,
    stream       text,
    step         text,
    name         text NOT NULL,
    owner        text,
    process_time double precision NOT NULL,
    lead_time    double precision NOT NULL,
    pct_ca       double precision NOT NULL,
    x            double precision,
    y            double precision,
    CHECK ((x IS NULL) = (y IS NULL)),
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop, map, stream) REFERENCES streams (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (workshop, map, step) REFERENCES steps (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (workshop, map, owner) REFERENCES teams (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED
))",
    R"(CREATE TABLE flows (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    from_id  text,
    to_id    text,
    kind     text NOT NULL CHECK (kind IN ('push', 'pull', 'rework')),
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop, map, from_id) REFERENCES stages (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (workshop, map, to_id) REFERENCES stages (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED
))",
    R"(CREATE TABLE capabilities (
    workshop    bigint NOT NULL,
    map         bigint NOT NULL,
    id          text NOT NULL,
    ord         bigint NOT NULL,
    revision    bigint NOT NULL DEFAULT 1,
    name        text NOT NULL,
    owner       text,
    sla         text,
    provided_by text,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop, map, owner) REFERENCES teams (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (workshop, map, provided_by) REFERENCES streams (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED
))",
    R"(CREATE TABLE dependencies (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    from_id  text,
    to_id    text,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE
))",
    R"(CREATE TABLE notes (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    text     text NOT NULL,
    kind     text NOT NULL CHECK (kind IN ('sticky', 'kaizen')),
    color    text CHECK (color ~ '^#[0-9a-f]{6}$'),
    x        double precision,
    y        double precision,
    CHECK ((x IS NULL) = (y IS NULL)),
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE
))",
    R"(CREATE TABLE actions (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    id       text NOT NULL,
    ord      bigint NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    title    text NOT NULL,
    owner    text,
    due      date,
    status   text NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    note     text,
    links    text,
    findings text,
    PRIMARY KEY (workshop, map, id),
    FOREIGN KEY (workshop, map) REFERENCES maps (workshop, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop, map, owner) REFERENCES teams (workshop, map, id)
        DEFERRABLE INITIALLY DEFERRED
))",
    // A stream's work items and the choices they were imported with; an item's dates are JSON
    // text as in the file: ISO 8601 texts or null, one per state of the setup.
    R"(CREATE TABLE work_item_setups (
    workshop    bigint NOT NULL,
    map         bigint NOT NULL,
    stream      text NOT NULL,
    states      text NOT NULL,
    active      text NOT NULL,
    start       text,
    type_column text,
    types       text NOT NULL,
    stages      text NOT NULL,
    PRIMARY KEY (workshop, map, stream),
    FOREIGN KEY (workshop, map, stream) REFERENCES streams (workshop, map, id) ON DELETE CASCADE
))",
    R"(CREATE TABLE work_items (
    workshop bigint NOT NULL,
    map      bigint NOT NULL,
    stream   text NOT NULL,
    ord      bigint NOT NULL,
    id       text NOT NULL,
    name     text,
    link     text,
    type     text,
    kind     text NOT NULL CHECK (kind IN ('features', 'defects', 'risks', 'debt')),
    entered  text NOT NULL,
    PRIMARY KEY (workshop, map, stream, id),
    FOREIGN KEY (workshop, map, stream) REFERENCES work_item_setups (workshop, map, stream)
        ON DELETE CASCADE
))",
    // Child-side indexes: deleting a team, stage or map must not scan whole tables.
    "CREATE INDEX cells_step ON cells (workshop, map, step)",
    "CREATE INDEX streams_owner ON streams (workshop, map, owner)",
    "CREATE INDEX streams_slice ON streams (workshop, map, slice)",
    "CREATE INDEX stages_stream ON stages (workshop, map, stream)",
    "CREATE INDEX stages_step ON stages (workshop, map, step)",
    "CREATE INDEX stages_owner ON stages (workshop, map, owner)",
    "CREATE INDEX flows_from ON flows (workshop, map, from_id)",
    "CREATE INDEX flows_to ON flows (workshop, map, to_id)",
    "CREATE INDEX capabilities_owner ON capabilities (workshop, map, owner)",
    "CREATE INDEX capabilities_provided_by ON capabilities (workshop, map, provided_by)",
    "CREATE INDEX actions_owner ON actions (workshop, map, owner)",
};

// The server's words, or the driver's when the server said nothing (no connection).
QString pgMessage(const QSqlError& error) {
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool execAll(QSqlQuery& query, const QStringList& statements, QString* error) {
    for (const QString& sql : statements) {
        if (!query.exec(sql)) {
            *error = pgMessage(query.lastError());
            return false;
        }
    }
    return true;
}

// Commits, or rolls back after a failed statement (a failed commit has ended the transaction).
bool finish(QSqlDatabase& db, bool ok, QString* error) {
    if (!ok) {
        db.rollback();
        return false;
    }
    if (db.commit())
        return true;
    *error = pgMessage(db.lastError());
    return false;
}

// Shared editing: which client an element row was last written by ("user@host"), and a counter
// that gives every client opening a workshop for writing an id tag of its own.
QStringList sharedEditingStatements() {
    QStringList list = {
        QStringLiteral("ALTER TABLE workshops ADD COLUMN last_client bigint NOT NULL DEFAULT 0")};
    for (const char* table : {"teams", "slices", "steps", "cells", "streams", "stages", "flows",
                              "capabilities", "dependencies", "notes", "actions"})
        list.append(
            QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by text").arg(QLatin1String(table)));
    return list;
}

} // namespace

const QStringList& schemaStatements() {
    static const QStringList statements = [] {
        QStringList list;
        for (const char* sql : pgSchemaSql)
            list.append(QString::fromUtf8(sql));
        list += sharedEditingStatements();
        return list;
    }();
    return statements;
}

QStringList tables(int version) {
    if (version != 1)
        return {};
    return {QStringLiteral("streamboard_schema_version"),
            QStringLiteral("workshops"),
            QStringLiteral("meta"),
            QStringLiteral("maps"),
            QStringLiteral("teams"),
            QStringLiteral("slices"),
            QStringLiteral("steps"),
            QStringLiteral("cells"),
            QStringLiteral("streams"),
            QStringLiteral("stages"),
            QStringLiteral("flows"),
            QStringLiteral("capabilities"),
            QStringLiteral("dependencies"),
            QStringLiteral("notes"),
            QStringLiteral("actions"),
            QStringLiteral("work_item_setups"),
            QStringLiteral("work_items")};
}

std::optional<int> schemaVersion(QSqlDatabase& db, QString* error) {
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT to_regclass('streamboard_schema_version') IS NOT NULL")) ||
        !query.next()) {
        *error = pgMessage(query.lastError());
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM streamboard_schema_version"))) {
        *error = pgMessage(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = PgSchemaTr::tr("the database's schema version is missing");
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool createSchema(QSqlDatabase& db, QString* error) {
    if (!db.transaction()) {
        *error = pgMessage(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(schemaLockKey))) {
        *error = pgMessage(query.lastError());
        return finish(db, false, error);
    }
    const std::optional<int> version = schemaVersion(db, error);
    if (!version)
        return finish(db, false, error);
    if (*version == currentSchemaVersion)
        return finish(db, true, error);
    if (*version != 0) {
        *error = PgSchemaTr::tr("the database holds workshops of schema version %1; this "
                                "Streamboard knows version %2")
                     .arg(*version)
                     .arg(currentSchemaVersion);
        return finish(db, false, error);
    }
    QStringList statements = schemaStatements();
    statements.append(QStringLiteral("INSERT INTO streamboard_schema_version (version) VALUES (%1)")
                          .arg(currentSchemaVersion));
    return finish(db, execAll(query, statements, error), error);
}

} // namespace sb::pg
