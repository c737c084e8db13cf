#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

// Dispatches "shopscope-cli COMMAND ..." to its subcommand and prints the overall help.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList& arguments); // arguments without the program name

private:
    QString helpText() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
