#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopScope"));
    QApplication::setApplicationName(QStringLiteral("ShopScope"));
    QApplication::setApplicationDisplayName(QStringLiteral("ShopScope"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shopscope.png")));
    Translations::install(&application, QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ShopScope: mystery-shopping programmes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "A programme to open."));
    parser.process(application);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return application.exec();
}
