#pragma once

#include <QString>

// Who is working, until Joldama has accounts of its own: the operating-system account the program runs as
// (asked of the system, never of environment variables anyone can set). Every event and change records
// this name.
namespace Workstation {
QString currentUser();
// The computer's name, which change entries record until the workstation is enrolled with a bureau.
QString hostName();
} // namespace Workstation
