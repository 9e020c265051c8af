from hrcqa.cli import main

main()
