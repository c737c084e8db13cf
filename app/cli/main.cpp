#include "CliApplication.h"

#include "i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

namespace {

// Commands that draw (Qt Charts needs a QApplication); the others stay a plain QCoreApplication,
// which starts faster and needs no platform plugin.
bool draws(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument.startsWith('-'))
            continue;
        return argument == "chart" || argument == "chartpack";
    }
    return false;
}

// The offscreen platform warns about a missing XDG_RUNTIME_DIR, which it does not need.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qt_message_output(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (draws(argc, argv)) {
        // Offscreen whatever the session: a chart from the command line never needs a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ShopScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPSCOPE_VERSION));
    Translations::install(application.get(), qEnvironmentVariable("SHOPSCOPE_LANGUAGE"));
    CliApplication cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
