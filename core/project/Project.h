#pragma once

#include "ProjectConnection.h"
#include "ProjectError.h"

#include <QLockFile>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class UndoStack;

// An open project file: the document. It owns the file's connection for the GUI thread, the
// lock that keeps a second ShopScope from editing the same file, and the undo stack. Edits are
// written at once, each in one transaction, so there is no "save": the file on disk is always
// the document (see docs/decisions.md).
class Project : public QObject
{
    Q_OBJECT

public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Project() override;

    // Creates a new, empty programme. Refuses to overwrite an existing file. The file appears
    // complete or not at all (it is built under a temporary name and renamed).
    static std::unique_ptr<Project> create(const QString& path, ProjectError* error);
    // Opens an existing file, bringing an older format up to date when opened for writing.
    static std::unique_ptr<Project> open(const QString& path, Mode mode, ProjectError* error);

    QString filePath() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase database() const { return m_connection.database(); }
    ProjectConnection& connection() { return m_connection; }
    UndoStack* undoStack() const { return m_undoStack.get(); }

    // Runs body in one write transaction: all of it lands or none of it. body returns false (and
    // sets its message) to abandon the edit. On success dataChanged() is emitted.
    using WriteBody = std::function<bool(const QSqlDatabase& db, QString* error)>;
    bool write(const WriteBody& body, ProjectError* error);
    // The same, for callers that only pass the message on (undo commands).
    bool write(const WriteBody& body, QString* error)
    {
        ProjectError failure;
        const bool ok = write(body, &failure);
        if (!ok && error)
            *error = failure.message;
        return ok;
    }

    // Writes a consistent copy of the open file (VACUUM INTO). An existing target is replaced
    // only once the copy is complete.
    bool saveCopy(const QString& targetPath, ProjectError* error) const
    {
        return writeCopy(m_path, targetPath, nullptr, error);
    }
    // The same through a connection of its own, so it can run on a worker thread (a large file
    // takes seconds). Setting *cancel stops it; nothing is left behind then.
    static bool writeCopy(const QString& sourcePath, const QString& targetPath, const std::atomic<bool>* cancel,
                          ProjectError* error);

    static QString lockFilePath(const QString& projectPath);
    static QString fileSuffix() { return QStringLiteral("shopscope"); }

signals:
    // Something in the file changed (an edit, an undo or a redo).
    void dataChanged();

private:
    Project(const QString& path, Mode mode);
    bool lock(ProjectError* error);

    QString m_path;
    Mode m_mode;
    QLockFile m_lock;
    ProjectConnection m_connection;
    std::unique_ptr<UndoStack> m_undoStack;
};
