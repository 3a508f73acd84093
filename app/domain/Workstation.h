#pragma once

#include <QString>

// Who is working, until Joldama has accounts of its own: the operating-system user. Every event and
// change records this name.
namespace Workstation {
QString currentUser();
} // namespace Workstation
