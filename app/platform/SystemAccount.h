#pragma once

#include <QString>

// The operating-system account this process runs as, asked of the system itself. Until Joldama has
// accounts of its own every change records this name, so it must not come from an environment variable
// (USER, USERNAME) that anyone can set to another person's name before starting the program.
namespace SystemAccount {

// The account's login name; "unknown" only when the system has no name for the account.
QString userName();

} // namespace SystemAccount
