#pragma once

#include <QString>

// The folder the user last opened or saved a file in, so every file dialog starts there.
namespace LastDirectory {
QString get();
// Remembers the folder of the given file.
void rememberFileIn(const QString& filePath);
} // namespace LastDirectory
