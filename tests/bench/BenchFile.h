#pragma once

#include <QString>

#include <cstdio>
#include <cstring>

// The project file a benchmark reads (--file PATH), or an empty string after printing the
// usage: the file-based benchmarks all run on the large demo programme.
inline QString benchFile(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--file") == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    std::fprintf(stderr, "usage: %s --file PROJECT [benchmark options]\n", argv[0]);
    return {};
}
