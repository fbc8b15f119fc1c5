#!/usr/bin/env bash
# Builds the faster-starting layout of phiscan (Spring Boot's extracted jar plus a class data
# sharing archive trained on an audit of sample-data), as README's Scheduling section describes.
#   bench/cds.sh DIR       -> DIR/phiscan.jar, DIR/lib/, DIR/phiscan.jsa
# Run it with: java -XX:SharedArchiveFile=DIR/phiscan.jsa -jar DIR/phiscan.jar ...
# (the archive only fits the Java runtime that made it: build it again after a Java update).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:?usage: bench/cds.sh DIR}
rm -rf "$DIR"
java -Djarmode=tools -jar target/phiscan.jar extract --destination "$DIR" > /dev/null
TRAIN=$(mktemp -d)
java -XX:ArchiveClassesAtExit="$DIR/phiscan.jsa" -jar "$DIR/phiscan.jar" audit sample-data --workspace "$TRAIN" > /dev/null
rm -rf "$TRAIN"
echo "$DIR: run with java -XX:SharedArchiveFile=$DIR/phiscan.jsa -jar $DIR/phiscan.jar"
