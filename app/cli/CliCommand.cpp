#include "CliCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int CliCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    configure(parser);
    if (!parser.parse(QStringList{QStringLiteral("shopscope-cli %1").arg(name())} + arguments))
        return fail(tr("%1: %2 (see 'shopscope-cli %1 --help')").arg(name(), parser.errorText()), UsageError);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt prints the program name as "Usage: <argv0>"; make it name the subcommand.
        print(text);
        return Success;
    }
    return run(parser);
}

int CliCommand::fail(const QString& message, int code)
{
    std::fprintf(stderr, "shopscope-cli: %s\n", qUtf8Printable(message));
    return code;
}

void CliCommand::print(const QString& text)
{
    std::fputs(qUtf8Printable(text), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliCommand::printJson(const QJsonObject& object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

QString CliCommand::fileArgument(const QCommandLineParser& parser) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        fail(positional.isEmpty() ? tr("%1: the FILE argument is missing (see 'shopscope-cli %1 --help')").arg(name())
                                  : tr("%1: expected one FILE, got %2 arguments").arg(name()).arg(positional.size()),
             UsageError);
        return {};
    }
    return positional.first();
}

QString CliCommand::column(const QString& text, int width)
{
    return (text.size() > width ? text.left(width - 1) + QStringLiteral("…") : text).leftJustified(width + 2);
}
