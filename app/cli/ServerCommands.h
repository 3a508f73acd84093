#pragma once

class Cli;

// server grant: the roles of a shared PostgreSQL database.
void addServerCommands(Cli& cli);
