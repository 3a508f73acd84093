#include "main/Application.h"
#include "platform/ProcessHardening.h"

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    return Application::run(argc, argv);
}
