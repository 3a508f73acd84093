#pragma once

class Cli;

// check-iin, patients add|find|show, import patients, export patients.
void addPatientCommands(Cli& cli);
