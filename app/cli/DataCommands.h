#pragma once

class Cli;

// demo (synthetic data), import opendata-referrals|opendata-waiting.
void addDataCommands(Cli& cli);
