import TendCLI

TendCommand.main()
