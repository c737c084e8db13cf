#include "TestProject.h"

#include "demo/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <sqlite3.h>

TestFolder::TestFolder()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TestFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString TestFolder::writeFile(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

QString TestFolder::demoCopy(const QString& name) const
{
    static QTemporaryDir cache;
    const QString master = cache.filePath(QStringLiteral("demo-master.shopscope"));
    if (!QFile::exists(master)) {
        DemoGenerator::Options options;
        options.seed = 7;
        options.today = QDate(2026, 11, 22);
        ProjectError error;
        EXPECT_TRUE(DemoGenerator::generate(master, options, nullptr, &error)) << error.message.toStdString();
    }
    const QString target = path(name);
    EXPECT_TRUE(QFile::copy(master, target));
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

namespace {
template<typename Body>
auto withConnection(const QString& file, Body body)
{
    const QString name = QUuid::createUuid().toString();
    decltype(body(std::declval<QSqlDatabase&>())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        EXPECT_TRUE(db.open());
        result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

QVariant scalar(const QString& file, const QString& sql)
{
    return withConnection(file, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString() << " in " << sql.toStdString();
        return query.next() ? query.value(0) : QVariant();
    });
}

void tamper(const QString& file, const QString& sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, ("PRAGMA foreign_keys = OFF; " + sql.toStdString()).c_str(), nullptr, nullptr,
                                &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

qint64 visitAwaitingReport(const QString& file)
{
    return scalar(file, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id "
                                       "WHERE v.status = 'accepted' AND s.code = 'MORTGAGE' "
                                       "AND NOT EXISTS (SELECT 1 FROM response r WHERE r.visit_id = v.id) ORDER BY v.id LIMIT 1"))
        .toLongLong();
}
