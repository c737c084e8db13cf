// Test helper, run as a separate process by the tests:
//   project_editor hold FILE       opens FILE for editing, prints "ready", waits for stdin to close
//   project_editor edit-loop FILE  edits FILE in a loop; each round adds 500 areas and records the
//                                  round number in the programme's client name, in one transaction
#include "project/Project.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    ProjectError error;
    auto project = Project::open(QString::fromLocal8Bit(argv[2]), Project::Mode::ReadWrite, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.message));
        return 1;
    }
    if (mode == QLatin1String("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        return 0;
    }
    for (int round = 1;; ++round) {
        const bool ok = project->write(
            [round](const QSqlDatabase& db, QString*) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("INSERT INTO geo_unit (parent_id, level, name) VALUES (NULL, 'country', ?)"));
                for (int i = 0; i < 500; ++i) {
                    query.addBindValue(QStringLiteral("round %1 unit %2").arg(round).arg(i));
                    if (!query.exec())
                        return false;
                }
                query.prepare(QStringLiteral("UPDATE programme SET client_name = ? WHERE id = 1"));
                query.addBindValue(QStringLiteral("round %1").arg(round));
                return query.exec();
            },
            &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error.message));
            return 1;
        }
        std::printf("committed %d\n", round);
        std::fflush(stdout);
    }
}
