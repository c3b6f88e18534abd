import torch

torch.manual_seed(0)

trunk = torch.nn.Linear(4, 4)
head_a = torch.nn.Linear(4, 1)
head_b = torch.nn.Linear(4, 1)
x = torch.randn(8, 4)


def two_backward_calls(label, features_a, features_b):
    try:
        head_a(features_a).pow(2).mean().backward()
        head_b(features_b).pow(2).mean().backward()
        print(f"{label}: both backward() calls work")
    except RuntimeError as e:
        print(f"{label}: {type(e).__name__}: {str(e).split(' (')[0]}")


two_backward_calls("version A", trunk(x), trunk(x))
features = trunk(x)
two_backward_calls("version B", features, features)
