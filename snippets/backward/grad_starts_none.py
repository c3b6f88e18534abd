import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
x = torch.randn(4, 3)
y = torch.randn(4, 1)

print("requires_grad:         ", model.weight.requires_grad)
print("fresh model:           ", model.weight.grad, model.bias.grad)  # (1)!

loss = torch.nn.functional.mse_loss(model(x), y)
print("after forward pass:    ", model.weight.grad, model.bias.grad)  # (2)!

loss.backward()
print("after loss.backward(): ", model.weight.grad, model.bias.grad)
