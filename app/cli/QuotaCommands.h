#pragma once

class Cli;

// quotas profiles, quotas profiles set, quotas list, quotas set, quotas allocate, quotas history,
// regions set-population.
void addQuotaCommands(Cli& cli);
