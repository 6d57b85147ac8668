#pragma once

#include "pg_address.h"
#include "store.h"

#include <QSqlDatabase>

class QSqlError;

namespace sb::pg {

// Why a connection or a statement failed: the kind of error and one line for the user, naming
// the server and database (never a password).
struct Failure {
    StoreError error = StoreError::None;
    QString message;
};

// Opens a QPSQL connection named `name` to the address's server and database. Passwords come
// from libpq's own sources only.
QSqlDatabase connect(const QString& name, const Address& address);
void removeConnection(const QString& name);
QString newConnectionName();

// What a failed connect means: the server cannot be reached, wants a password, has no such
// database …
Failure connectFailure(const Address& address, const QSqlError& error);

// The server's words for a failed statement, on one line.
QString describe(const QSqlError& error);

} // namespace sb::pg
