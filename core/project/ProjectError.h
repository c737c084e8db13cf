#pragma once

#include <QCoreApplication>
#include <QString>

// Why a project file could not be created, opened, copied or edited. The message is complete
// and names the file, so callers show it as it is; the code lets callers (and tests) react.
struct ProjectError
{
    Q_DECLARE_TR_FUNCTIONS(ProjectError)

public:
    enum class Code {
        None,
        NotFound,
        AlreadyExists,
        NotSqlite,
        NotShopScope,
        Corrupt,
        NewerSchema,
        ReadOnly,
        Locked,
        DiskFull,
        Io,
        Sql,
        Cancelled, // the user stopped a long edit; nothing was written
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    static ProjectError make(Code code, const QString& message) { return {code, message}; }
    // Maps an SQLite result code (primary or extended) to our codes.
    static Code codeForSqlite(int sqliteCode);
    static QString codeName(Code code);
};
