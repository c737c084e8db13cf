#include "CliApplication.h"

#include "AssignCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "InfoCommand.h"
#include "LocationsCommand.h"
#include "NewCommand.h"
#include "PlanCommand.h"
#include "ProgrammeCommand.h"
#include "QcCommand.h"
#include "QuestionnaireCommand.h"
#include "ResultsCommand.h"
#include "SampleSizeCommand.h"
#include "ScenariosCommand.h"
#include "ScoresCommand.h"
#include "ChartCommand.h"
#include "ChartPackCommand.h"
#include "ShoppersCommand.h"
#include "VisitsCommand.h"
#include "WavesCommand.h"

#include <cstdio>

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ProgrammeCommand>());
    m_commands.push_back(std::make_unique<QuestionnaireCommand>());
    m_commands.push_back(std::make_unique<LocationsCommand>());
    m_commands.push_back(std::make_unique<ScenariosCommand>());
    m_commands.push_back(std::make_unique<ShoppersCommand>());
    m_commands.push_back(std::make_unique<WavesCommand>());
    m_commands.push_back(std::make_unique<VisitsCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<AssignCommand>());
    m_commands.push_back(std::make_unique<SampleSizeCommand>());
    m_commands.push_back(std::make_unique<ResultsCommand>());
    m_commands.push_back(std::make_unique<QcCommand>());
    m_commands.push_back(std::make_unique<ScoresCommand>());
    m_commands.push_back(std::make_unique<ChartCommand>(ChartCommand::Mode::Chart));
    m_commands.push_back(std::make_unique<ChartCommand>(ChartCommand::Mode::Data));
    m_commands.push_back(std::make_unique<ChartPackCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::helpText() const
{
    QString text = tr("Usage: shopscope-cli COMMAND [options] [arguments]\n\n"
                      "ShopScope on the command line: every capability of the window, with machine-readable "
                      "output (--json).\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -14).arg(command->summary());
    text += tr("\nRun 'shopscope-cli COMMAND --help' for the options of one command.\n"
               "Exit status: 0 success, 1 the work failed, 2 bad arguments.\n");
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        std::fputs(qUtf8Printable(helpText()), stderr);
        return CliCommand::UsageError;
    }
    const QString& name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        std::fputs(qUtf8Printable(helpText()), stdout);
        return CliCommand::Success;
    }
    if (name == QLatin1String("--version")) {
        std::printf("shopscope-cli %s\n", qUtf8Printable(QCoreApplication::applicationVersion()));
        return CliCommand::Success;
    }
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command->execute(arguments.mid(1));
    std::fprintf(stderr, "shopscope-cli: %s\n",
                 qUtf8Printable(tr("unknown command “%1” (run 'shopscope-cli --help' for the list)").arg(name)));
    return CliCommand::UsageError;
}
