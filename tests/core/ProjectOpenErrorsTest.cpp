#include "project/Project.h"
#include "project/SchemaManager.h"
#include "support/TestProject.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Opens the file for editing; expects a refusal with the given code, a message naming the file,
// and the file byte-for-byte unchanged.
void expectRefused(const QString& path, ProjectError::Code code, const char* phrase)
{
    const QByteArray before = QFile::exists(path) ? fileHash(path) : QByteArray();
    ProjectError error;
    auto project = Project::open(path, Project::Mode::ReadWrite, &error);
    EXPECT_FALSE(project);
    EXPECT_EQ(error.code, code) << ProjectError::codeName(error.code).toStdString() << ": " << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QFileInfo(path).fileName())) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(phrase))) << error.message.toStdString();
    if (!before.isEmpty()) {
        EXPECT_EQ(fileHash(path), before) << "a refused file must not change";
    }
    EXPECT_FALSE(QFile::exists(Project::lockFilePath(path))) << "a refused file leaves no lock behind";
}

} // namespace

TEST(ProjectOpen, MissingFile)
{
    TestFolder folder;
    expectRefused(folder.path(QStringLiteral("missing.shopscope")), ProjectError::Code::NotFound, "no file");
}

TEST(ProjectOpen, EmptyFileIsNotTakenForANewDatabase)
{
    TestFolder folder;
    // SQLite would happily treat an empty file as a new database and write into it.
    const QString path = folder.writeFile(QStringLiteral("empty.shopscope"), QByteArray());
    expectRefused(path, ProjectError::Code::NotSqlite, "empty");
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST(ProjectOpen, TextFileIsNotSqlite)
{
    TestFolder folder;
    const QString path = folder.writeFile(QStringLiteral("notes.shopscope"),
                                          QByteArray("code;name\nNB-001;Rīga Centrs\n").repeated(20));
    expectRefused(path, ProjectError::Code::NotSqlite, "not an SQLite database");
}

TEST(ProjectOpen, SqliteFileOfNobody)
{
    TestFolder folder;
    const QString path = folder.path(QStringLiteral("plain.sqlite"));
    tamper(path, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
    expectRefused(path, ProjectError::Code::NotShopScope, "not a ShopScope project");
}

TEST(ProjectOpen, SqliteFileOfAnotherApplication)
{
    TestFolder folder;
    const QString path = folder.path(QStringLiteral("other.db"));
    tamper(path, QStringLiteral("PRAGMA application_id = 1234; CREATE TABLE t (x);"));
    expectRefused(path, ProjectError::Code::NotShopScope, "another application");
}

TEST(ProjectOpen, NewerSchemaIsRefusedNotUpgraded)
{
    TestFolder folder;
    const QString path = folder.path(QStringLiteral("future.shopscope"));
    ProjectError error;
    ASSERT_TRUE(Project::create(path, &error));
    tamper(path, QStringLiteral("PRAGMA user_version = %1").arg(SchemaManager::currentVersion + 1));
    expectRefused(path, ProjectError::Code::NewerSchema, "newer ShopScope");
}

TEST(ProjectOpen, TruncatedFile)
{
    TestFolder folder;
    const QString path = folder.demoCopy(QStringLiteral("cut.shopscope"));
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() / 2));
    expectRefused(path, ProjectError::Code::Corrupt, "truncated");
}

TEST(ProjectOpen, DamagedSchemaPage)
{
    TestFolder folder;
    const QString path = folder.demoCopy(QStringLiteral("damaged.shopscope"));
    // Overwrite the schema table's page (page 1 after the 100-byte header) with noise.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(120);
    file.write(QByteArray(3000, '\xA5'));
    file.close();
    expectRefused(path, ProjectError::Code::Corrupt, "Restore it from a copy");
}

TEST(ProjectOpen, ReadOnlyFileIsRefusedForEditingButOpensReadOnly)
{
    TestFolder folder;
    const QString path = folder.path(QStringLiteral("ro.shopscope"));
    ProjectError error;
    ASSERT_TRUE(Project::create(path, &error));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    expectRefused(path, ProjectError::Code::ReadOnly, "read-only");
    auto project = Project::open(path, Project::Mode::ReadOnly, &error);
    ASSERT_TRUE(project) << error.message.toStdString();
    EXPECT_TRUE(project->isReadOnly());
    EXPECT_FALSE(project->write([](const QSqlDatabase&, QString*) { return true; }, &error));
    EXPECT_EQ(error.code, ProjectError::Code::ReadOnly);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST(ProjectOpen, ReadOnlyFolderIsRefusedForEditing)
{
    TestFolder folder;
    QDir(folder.path(QString())).mkdir(QStringLiteral("locked"));
    const QString path = folder.path(QStringLiteral("locked/p.shopscope"));
    ProjectError error;
    ASSERT_TRUE(Project::create(path, &error));
    QFile::setPermissions(folder.path(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
    expectRefused(path, ProjectError::Code::ReadOnly, "not writable");
    QFile::setPermissions(folder.path(QStringLiteral("locked")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(ProjectOpen, AFolderIsNotAProject)
{
    TestFolder folder;
    QDir(folder.path(QString())).mkdir(QStringLiteral("dir.shopscope"));
    ProjectError error;
    EXPECT_FALSE(Project::open(folder.path(QStringLiteral("dir.shopscope")), Project::Mode::ReadOnly, &error));
    EXPECT_EQ(error.code, ProjectError::Code::NotShopScope);
    EXPECT_TRUE(error.message.contains(QStringLiteral("folder")));
}
