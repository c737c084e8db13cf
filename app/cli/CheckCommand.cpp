#include "CheckCommand.h"

#include "project/Project.h"
#include "project/ProjectChecker.h"

#include <QDir>
#include <QJsonObject>

QString CheckCommand::summary() const
{
    return tr("Check a project file: SQLite integrity, foreign keys, the schema, the programme's rules and the "
              "stored scores against a fresh rescoring. Exits with 1 when anything is wrong.");
}

void CheckCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("quick"), tr("Use SQLite's quicker structure check (skips index contents).")});
}

int CheckCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project) {
        if (parser.isSet(QStringLiteral("json")))
            printJson({{QStringLiteral("ok"), false},
                       {QStringLiteral("error"), ProjectError::codeName(error.code)},
                       {QStringLiteral("message"), error.message}});
        return fail(error.message);
    }
    ProjectChecker::Options options;
    options.quick = parser.isSet(QStringLiteral("quick"));
    const auto problems = ProjectChecker::check(project->database(), options);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = ProjectChecker::toJson(problems);
        json.insert(QStringLiteral("file"), project->filePath());
        printJson(json);
    } else if (problems.isEmpty()) {
        print(tr("%1: no problems found").arg(QDir::toNativeSeparators(project->filePath())));
    } else {
        for (const auto& problem : problems)
            print(QStringLiteral("%1: %2 [%3]").arg(QDir::toNativeSeparators(project->filePath()), problem.message,
                                                   problem.rule));
    }
    return problems.isEmpty() ? Success : Failure;
}
