#pragma once

class Cli;

// Running the bureau for years: backup, backup verify/auto/status, restore, problems list.
void addOperationsCommands(Cli& cli);
