#include "ConsoleApp.h"

int main(int argc, char *argv[])
{
    return gatehouse::runConsole(argc, argv);
}
