#pragma once

#include <QtGlobal>

class QCommandLineParser;
class Workspace;

// joldama_bench on a PostgreSQL server (--db postgresql://…): the read operations measured through Joldama and,
// statement for statement, through libpq; then workstations registering at a steady rate in processes of their own.
namespace PostgresBench {

int run(const QCommandLineParser& parser);
// A workstation of the load: --load-worker DB INDEX SECONDS RATE IIN,IIN,… (a child of run()), told on its standard
// input when to start.
int loadWorker(int argc, char* argv[]);

} // namespace PostgresBench

// Adds the benchmark's "big queue" of 10,000 referrals (joldama_bench.cpp), on either back end, for patients the
// database has.
void ensureBigQueue(Workspace& workspace);
