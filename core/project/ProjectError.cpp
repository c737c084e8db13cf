#include "ProjectError.h"

#include <sqlite3.h>

ProjectError::Code ProjectError::codeForSqlite(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return Code::DiskFull;
    case SQLITE_CORRUPT:
        return Code::Corrupt;
    case SQLITE_NOTADB:
        return Code::NotSqlite;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Code::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Code::Locked;
    case SQLITE_IOERR:
        return Code::Io;
    default:
        return Code::Sql;
    }
}

QString ProjectError::codeName(Code code)
{
    switch (code) {
    case Code::None: return QStringLiteral("none");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::AlreadyExists: return QStringLiteral("already-exists");
    case Code::NotSqlite: return QStringLiteral("not-sqlite");
    case Code::NotShopScope: return QStringLiteral("not-shopscope");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::NewerSchema: return QStringLiteral("newer-schema");
    case Code::ReadOnly: return QStringLiteral("read-only");
    case Code::Locked: return QStringLiteral("locked");
    case Code::DiskFull: return QStringLiteral("disk-full");
    case Code::Io: return QStringLiteral("io");
    case Code::Sql: return QStringLiteral("sql");
    case Code::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
