#include "Project.h"

#include "ProjectFileHeader.h"
#include "SchemaManager.h"
#include "Transaction.h"
#include "WorkerWrites.h"
#include "commands/UndoStack.h"
#include "programme/ProgrammeDefaults.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <filesystem>

namespace {
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A temporary name beside the target, so the final rename stays on one file system.
QString temporarySibling(const QString& targetPath, ProjectError* error)
{
    const QFileInfo target(targetPath);
    QTemporaryFile file(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                        + QStringLiteral(".XXXXXX.partial"));
    file.setAutoRemove(false);
    if (!file.open()) {
        if (error)
            *error = ProjectError::make(
                QFileInfo(target.absolutePath()).exists() ? ProjectError::Code::ReadOnly
                                                          : ProjectError::Code::NotFound,
                ProjectError::tr("Cannot write in the folder “%1”: %2.")
                    .arg(shown(target.absolutePath()), file.errorString()));
        return {};
    }
    const QString name = file.fileName();
    file.close();
    QFile::remove(name); // SQLite creates it afresh
    return name;
}

ProjectError sqlFailure(const QSqlError& sqlError, const QString& message)
{
    return ProjectError::make(ProjectError::codeForSqlite(sqlError.nativeErrorCode().toInt()), message);
}

QString diskFullOr(int sqliteCode, const QString& text)
{
    if ((sqliteCode & 0xff) == SQLITE_FULL)
        return ProjectError::tr("the disk is full");
    return text;
}
} // namespace

Project::Project(const QString& path, Mode mode)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_mode(mode)
    , m_lock(lockFilePath(m_path))
    , m_undoStack(std::make_unique<UndoStack>())
{
    // A lock left by a crashed ShopScope is stale as soon as its process is gone.
    m_lock.setStaleLockTime(0);
}

Project::~Project()
{
    m_undoStack->clear();
    m_connection.close();
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString Project::lockFilePath(const QString& projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

QString Project::displayName() const
{
    return QFileInfo(m_path).fileName();
}

bool Project::lock(ProjectError* error)
{
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    const bool folderWritable = folder.isWritable() && (folder.permissions() & QFileDevice::WriteOwner);
    if (folderWritable && m_lock.tryLock(0))
        return true;
    if (!error)
        return false;
    switch (folderWritable ? m_lock.error() : QLockFile::PermissionError) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock.getLockInfo(&pid, &host, &application);
        *error = ProjectError::make(ProjectError::Code::Locked,
                                    tr("“%1” is already open in %2 (process %3 on %4). Close it there first, "
                                       "or open it read-only.")
                                        .arg(shown(m_path), application.isEmpty() ? tr("ShopScope") : application)
                                        .arg(pid)
                                        .arg(host));
        break;
    }
    case QLockFile::PermissionError:
        *error = ProjectError::make(ProjectError::Code::ReadOnly,
                                    tr("Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, "
                                       "or copy it to a folder where you can write.")
                                        .arg(shown(m_path), shown(QFileInfo(m_path).absolutePath())));
        break;
    default:
        *error = ProjectError::make(ProjectError::Code::Io,
                                    tr("Cannot create the lock file “%1”.").arg(shown(lockFilePath(m_path))));
        break;
    }
    return false;
}

std::unique_ptr<Project> Project::create(const QString& path, ProjectError* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::AlreadyExists,
                                        tr("“%1” already exists; ShopScope does not overwrite it.").arg(shown(absolute)));
        return nullptr;
    }
    if (!QFileInfo(QFileInfo(absolute).absolutePath()).isDir()) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::NotFound,
                                        tr("The folder “%1” does not exist.").arg(shown(QFileInfo(absolute).absolutePath())));
        return nullptr;
    }
    const QString partial = temporarySibling(absolute, error);
    if (partial.isEmpty())
        return nullptr;

    bool built = false;
    {
        ProjectConnection connection;
        built = connection.open(partial, false, error)
                && SchemaManager::migrate(connection.database(), absolute, error)
                && ProgrammeDefaults::write(connection.database(), QFileInfo(absolute).completeBaseName(), error);
    }
    if (built && !QFile::rename(partial, absolute)) {
        built = false;
        if (error)
            *error = ProjectError::make(ProjectError::Code::Io, tr("Cannot create “%1”.").arg(shown(absolute)));
    }
    if (!built) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (error && error->code == ProjectError::Code::Sql)
            error->code = ProjectError::Code::Io;
        return nullptr;
    }
    return open(absolute, Mode::ReadWrite, error);
}

std::unique_ptr<Project> Project::open(const QString& path, Mode mode, ProjectError* error)
{
    ProjectFileHeader header;
    if (!ProjectFileHeader::inspect(path, &header, error))
        return nullptr;

    std::unique_ptr<Project> project(new Project(path, mode));
    if (mode == Mode::ReadWrite) {
        // The permission bits count too: as root, access() calls every file writable, but a
        // file marked read-only is meant to stay as it is.
        const QFileInfo file(project->m_path);
        if (!file.isWritable() || !(file.permissions() & QFileDevice::WriteOwner)) {
            if (error)
                *error = ProjectError::make(ProjectError::Code::ReadOnly,
                                            tr("“%1” is read-only. Open it read-only to look at it, or copy it to a "
                                               "file you can write.")
                                                .arg(shown(project->m_path)));
            return nullptr;
        }
        if (!project->lock(error))
            return nullptr;
    }
    if (!project->m_connection.open(project->m_path, mode == Mode::ReadOnly, error))
        return nullptr;

    const QSqlDatabase db = project->database();
    if (SchemaManager::readApplicationId(db) != SchemaManager::applicationId) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::NotShopScope,
                                        tr("“%1” is not a ShopScope project.").arg(shown(project->m_path)));
        return nullptr;
    }
    const int version = SchemaManager::userVersion(db);
    if (version > SchemaManager::currentVersion) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::NewerSchema,
                                        tr("“%1” was written by a newer ShopScope (file format %2).")
                                            .arg(shown(project->m_path))
                                            .arg(version));
        return nullptr;
    }
    if (version < SchemaManager::currentVersion) {
        if (mode == Mode::ReadOnly) {
            if (error)
                *error = ProjectError::make(ProjectError::Code::ReadOnly,
                                            tr("“%1” uses the older file format %2 and must be opened for editing once "
                                               "to be brought up to date.")
                                                .arg(shown(project->m_path))
                                                .arg(version));
            return nullptr;
        }
        if (!SchemaManager::migrate(db, project->m_path, error))
            return nullptr;
    }
    return project;
}

bool Project::write(const WriteBody& body, ProjectError* error)
{
    if (isReadOnly()) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::ReadOnly,
                                        tr("“%1” is open read-only.").arg(displayName()));
        return false;
    }
    // On a worker thread the edit goes through that thread's own connection (see WorkerWrites).
    const WorkerWrites* worker = WorkerWrites::current();
    if (!worker && QThread::currentThread() != thread()) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::Sql, tr("An edit ran on a thread without a connection."));
        return false;
    }
    ProjectConnection& connection = worker ? worker->connection() : m_connection;
    const QSqlDatabase db = connection.database();
    Transaction transaction(db);
    QString message;
    bool ok = transaction.begin(&message) && body(db, &message);
    // A cancel after the edit's last look at it still writes nothing.
    if (ok && worker && worker->isCancelled())
        ok = false;
    if (ok)
        ok = transaction.commit(&message);
    if (!ok) {
        // The failing statement may be the body's own: ask the connection before rolling back.
        int code = transaction.lastErrorCode();
        if (code == 0 && connection.handle())
            code = sqlite3_extended_errcode(connection.handle());
        transaction.rollback();
        if (worker && worker->isCancelled()) {
            if (error)
                *error = ProjectError::make(ProjectError::Code::Cancelled, tr("The change was cancelled; nothing was written."));
            return false;
        }
        if (error) {
            const bool diskFull = (code & 0xff) == SQLITE_FULL;
            *error = ProjectError::make(diskFull ? ProjectError::Code::DiskFull : ProjectError::Code::Sql,
                                        tr("The change was not saved to “%1”: %2.")
                                            .arg(displayName(), diskFullOr(code, message)));
        }
        return false;
    }
    // A worker's edit is announced on the GUI thread once it is recorded (see BackgroundEdit).
    if (!worker)
        emit dataChanged();
    return true;
}

bool Project::writeCopy(const QString& sourcePath, const QString& targetPath, const std::atomic<bool>* cancel,
                        ProjectError* error)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == QFileInfo(sourcePath).absoluteFilePath()) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::AlreadyExists,
                                        tr("A copy cannot replace the open file itself."));
        return false;
    }
    ProjectConnection connection;
    if (!connection.open(sourcePath, true, error))
        return false;
    if (cancel)
        WorkerWrites::interruptWhenSet(connection.handle(), cancel);
    const QString partial = temporarySibling(target, error);
    if (partial.isEmpty())
        return false;
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        QFile::remove(partial);
        if (cancel && cancel->load()) {
            if (error)
                *error = ProjectError::make(ProjectError::Code::Io, tr("The copy was cancelled."));
            return false;
        }
        if (error)
            *error = sqlFailure(sqlError, tr("Could not write the copy “%1”: %2.")
                                              .arg(shown(target),
                                                   diskFullOr(sqlError.nativeErrorCode().toInt(),
                                                              sqlError.databaseText())));
        return false;
    }
    // rename(2) replaces an existing target atomically: it is the old or the new file, never neither.
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(target).toStdString(),
                            renameError);
    if (renameError) {
        QFile::remove(partial);
        if (error)
            *error = ProjectError::make(ProjectError::Code::Io, tr("Cannot write “%1”: %2.")
                                                                    .arg(shown(target),
                                                                         QString::fromStdString(renameError.message())));
        return false;
    }
    return true;
}
