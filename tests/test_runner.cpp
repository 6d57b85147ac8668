// The test executable's main: runs the test file named by the first argument.
#include "test_main.h"
#include "window/main_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

std::map<std::string, sb::test::TestMain>& registeredTests() {
    static std::map<std::string, sb::test::TestMain> tests;
    return tests;
}

std::string testName(const char* sourceFile) {
    std::string name = sourceFile;
    name.erase(0, name.find_last_of('/') + 1);
    return name.substr(0, name.rfind('.'));
}

int usage(const char* program) {
    std::fprintf(stderr, "usage: %s TEST [Qt Test options]\ntests:", program);
    for (const auto& [name, main] : registeredTests())
        std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
}

} // namespace

bool sb::test::registerTestMain(const char* sourceFile, TestMain main) {
    return registeredTests().emplace(testName(sourceFile), main).second;
}

int main(int argc, char** argv) {
    if (argc < 2)
        return usage(argv[0]);
    const auto test = registeredTests().find(argv[1]);
    if (test == registeredTests().end()) {
        std::fprintf(stderr, "%s: no test named \"%s\"\n", argv[0], argv[1]);
        return usage(argv[0]);
    }
    // Each test keeps its own settings and data folders, named after it, as when every file was
    // an executable of its own; tests running side by side do not share them.
    QCoreApplication::setApplicationName(QString::fromStdString(test->first));
    // Every run starts from no settings and no data at all, in a home of its own (Qt's test
    // mode keeps its folders under the home): a window state saved by an earlier run would
    // otherwise decide which panel is on top, and runs side by side would share files.
    const QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    for (const char* folder : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(folder, QDir(home.path()).filePath(QString::fromLatin1(folder)).toLocal8Bit());
    // Opening an example JSON again makes a fresh workshop, as the tests that open it expect,
    // instead of asking in a message box no one would answer.
    sb::MainWindow::setDefaultReopenChooser(
        [](const sb::JsonImport&) { return sb::MainWindow::ReopenChoice::NewCopy; });
    // The test sees the executable as its program and the options after its name.
    std::vector<char*> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    return test->second(argc - 1, arguments.data());
}
