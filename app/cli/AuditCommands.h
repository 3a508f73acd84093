#pragma once

class Cli;

// audit list|verify|anchor.
void addAuditCommands(Cli& cli);
