#include "LastDirectory.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace LastDirectory {

QString get()
{
    const QString stored = QSettings().value(QStringLiteral("lastDirectory")).toString();
    return QFileInfo(stored).isDir() ? stored : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFileIn(const QString& filePath)
{
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(filePath).absolutePath());
}

} // namespace LastDirectory
