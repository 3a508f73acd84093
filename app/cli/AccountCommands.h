#pragma once

class Cli;

// users add|list|set-role|disable|enable|reset-password|unlock, passwd.
void addAccountCommands(Cli& cli);
