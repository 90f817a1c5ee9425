#!/usr/bin/python3
"""Rewrites a model.zip saved before the NHWC layers (2026-12-06) so that it runs on them: DL4J's
ConvolutionLayer, Upsampling2D, CnnLossLayer and MergeVertex become FusedConvolution,
NearestUpsampling, PixelLoss and ChannelMerge, every layer's format NHWC, merges along the channel
axis; the first convolution skips its
input's gradient. Only the configuration changes: the weights and the optimiser state are copied
byte for byte, and the outputs are the same (the built-in model: identical on a test page). Our
presets' layers only; anything else stops the script.

Usage: bench/nhwc_model.py OLD_MODEL_ZIP NEW_MODEL_ZIP"""
import json, sys, zipfile

PACKAGE = 'io.sparkdenoise.core.model.'


def convert(config):
    inputs = config['vertexInputs']
    for name, vertex in config['vertices'].items():
        kind = vertex['@class'].rsplit('.', 1)[-1]
        if kind == 'MergeVertex':
            vertex['@class'] = PACKAGE + 'ChannelMerge'
            vertex['mergeAxis'] = 3
        elif kind == 'LayerVertex':
            layer = vertex['layerConf']['layer']
            layer_kind = layer['@class'].rsplit('.', 1)[-1]
            if layer_kind == 'ConvolutionLayer':
                layer['@class'] = PACKAGE + 'FusedConvolution'
                layer['cnn2dDataFormat'] = 'NHWC'
                layer['inputGradient'] = inputs[name] != config['networkInputs']
            elif layer_kind == 'SubsamplingLayer':
                layer['cnn2dDataFormat'] = 'NHWC'
            elif layer_kind == 'BatchNormalization':
                layer['cnn2DFormat'] = 'NHWC'
            elif layer_kind == 'Upsampling2D':
                layer['@class'] = PACKAGE + 'NearestUpsampling'
                layer['format'] = 'NHWC'
            elif layer_kind == 'CnnLossLayer':
                layer['@class'] = PACKAGE + 'PixelLoss'
                layer['format'] = 'NHWC'
            elif layer_kind != 'ActivationLayer':
                sys.exit(f'{name}: cannot convert a {layer_kind}')
        elif kind != 'ElementWiseVertex':
            sys.exit(f'{name}: cannot convert a {kind}')
    return config


def main():
    source, target = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == 'configuration.json':
                data = json.dumps(convert(json.loads(data)), indent=2).encode()
            new.writestr(info, data)


if __name__ == '__main__':
    main()
