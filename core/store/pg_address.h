#pragma once

#include "store.h"

#include <QStringList>
#include <optional>

namespace sb::pg {

// A workshop on a PostgreSQL server, from libpq's URI form:
//   postgresql://USER@HOST:PORT/DB?workshop=NAME
// (also postgres://). The host may be a socket folder, percent-encoded (%2Ftmp%2Fpg) or given as
// ?host=/tmp/pg; user, host, port and database may be left out (libpq's defaults then hold).
// Other parameters are libpq's connection options (sslmode=require …). A password is refused:
// it comes from libpq's own sources (~/.pgpass, PGPASSWORD) and never stands in an address.
struct Address {
    QString user;
    QString host;
    int port = 0; // 0: libpq's default
    QString database;
    QString workshop;
    QStringList options; // libpq's "key='value'" connection options, quoted

    // Whether the address has one of our schemes.
    static bool isPostgres(const WorkshopAddress& address);
    // The parts of the address, or nothing with *error (one line, never quoting a password).
    static std::optional<Address> parse(const WorkshopAddress& address, QString* error);

    // The server and database for messages: "/tmp/pg:5432/shop", "db.example.com/shop".
    QString serverText() const;
};

} // namespace sb::pg
