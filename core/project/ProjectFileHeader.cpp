#include "ProjectFileHeader.h"

#include "SchemaManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace {
const char kSqliteMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

bool ProjectFileHeader::inspect(const QString& path, ProjectFileHeader* header, ProjectError* error)
{
    using Code = ProjectError::Code;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    auto fail = [error](Code code, const QString& message) {
        if (error)
            *error = ProjectError::make(code, message);
        return false;
    };

    if (!info.exists())
        return fail(Code::NotFound, ProjectError::tr("There is no file “%1”.").arg(shown));
    if (info.isDir())
        return fail(Code::NotShopScope, ProjectError::tr("“%1” is a folder, not a ShopScope project.").arg(shown));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Code::ReadOnly,
                    ProjectError::tr("Cannot read “%1”: %2.").arg(shown, file.errorString()));

    const QByteArray bytes = file.read(100);
    header->fileSize = file.size();
    if (bytes.size() < 100 || memcmp(bytes.constData(), kSqliteMagic, sizeof kSqliteMagic) != 0) {
        if (header->fileSize == 0)
            return fail(Code::NotSqlite,
                        ProjectError::tr("“%1” is empty: it is not a ShopScope project.").arg(shown));
        return fail(Code::NotSqlite,
                    ProjectError::tr("“%1” is not a ShopScope project: it is not an SQLite database file.")
                        .arg(shown));
    }
    header->isSqlite = true;

    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header->pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    header->pageCount = bigEndian32(bytes, 28);
    // The in-header page count is valid only when written by SQLite 3.7.0 or later and current.
    header->pageCountValid = header->pageCount > 0 && bigEndian32(bytes, 24) == bigEndian32(bytes, 92);
    header->userVersion = static_cast<qint32>(bigEndian32(bytes, 60));
    header->applicationId = static_cast<qint32>(bigEndian32(bytes, 68));

    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (header->pageSize < 512 || (header->pageSize & (header->pageSize - 1)) != 0)
        return fail(Code::Corrupt,
                    ProjectError::tr("“%1” is damaged: its SQLite header is not valid.").arg(shown));
    if (!hotJournal && header->pageCountValid
        && header->fileSize < qint64(header->pageSize) * qint64(header->pageCount))
        return fail(Code::Corrupt,
                    ProjectError::tr("“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. "
                                     "Restore it from a copy.")
                        .arg(shown)
                        .arg(header->fileSize)
                        .arg(qint64(header->pageSize) * qint64(header->pageCount)));

    if (header->applicationId != SchemaManager::applicationId) {
        if (header->applicationId == 0)
            return fail(Code::NotShopScope,
                        ProjectError::tr("“%1” is an SQLite database, but not a ShopScope project.").arg(shown));
        return fail(Code::NotShopScope,
                    ProjectError::tr("“%1” is an SQLite database of another application (id 0x%2), "
                                     "not a ShopScope project.")
                        .arg(shown)
                        .arg(quint32(header->applicationId), 8, 16, QLatin1Char('0')));
    }
    if (header->userVersion > SchemaManager::currentVersion)
        return fail(Code::NewerSchema,
                    ProjectError::tr("“%1” was written by a newer ShopScope (file format %2; this version "
                                     "reads up to %3). Update ShopScope to open it.")
                        .arg(shown)
                        .arg(header->userVersion)
                        .arg(SchemaManager::currentVersion));
    return true;
}
