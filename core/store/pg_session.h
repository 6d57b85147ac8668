#pragma once

#include "pg_address.h"

#include <optional>

namespace sb::pg {

// What the window tells the PostgreSQL backend for the running process only: a password typed
// into its prompt, kept in memory for the connections to that user on that server and never
// written anywhere.
void rememberPassword(const Address& address, const QString& password);
QString rememberedPassword(const Address& address);

// The workshops in the address's database, by name (the address's workshop is not needed);
// nothing with *error (NotFound: no schema or database, NeedsPassword …) and *message.
std::optional<QStringList> workshopNames(const WorkshopAddress& address, StoreError* error,
                                         QString* message);

} // namespace sb::pg
