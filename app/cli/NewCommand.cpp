#include "NewCommand.h"

#include "project/Project.h"

#include <QDir>
#include <QJsonObject>

QString NewCommand::summary() const
{
    return tr("Create a new, empty ShopScope project file.");
}

void NewCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file to create (e.g. client.shopscope)."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int NewCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    ProjectError error;
    const auto project = Project::create(file, &error);
    if (!project)
        return fail(error.message);
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("created"), project->filePath()}});
    else
        print(tr("Created %1").arg(QDir::toNativeSeparators(project->filePath())));
    return Success;
}
